'use client';

import { useSyncExternalStore } from 'react';
import type { MatrixRowCounts } from '@/lib/domain/competency-matrix';
import { CompetencyHeatmap } from './competency-heatmap';
import { StepCard, type StepView } from './step-card';

const subscribe = () => () => {};

/**
 * The six step cards and the competency matrix, drawn in the browser from the report the page
 * already carries. They are most of the dashboard's markup; rendering them on the server as well
 * halved how many dashboards a core could serve. The server sends a placeholder of the same
 * height, so nothing moves when they appear.
 */
type DetailsProps = { steps: StepView[]; matrixRows: MatrixRowCounts[]; overusedTitles: string[] };

export function DashboardDetails({ steps, matrixRows, overusedTitles }: DetailsProps) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  if (!inBrowser) {
    return (
      <div
        aria-busy="true"
        aria-label="Loading the preparation steps"
        className="min-h-[60rem] rounded-xl bg-slate-100 motion-safe:animate-pulse"
      />
    );
  }
  return (
    <>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {steps.map((step) => (
          <StepCard key={step.key} step={step} />
        ))}
      </div>
      <CompetencyHeatmap rows={matrixRows} overusedTitles={overusedTitles} />
    </>
  );
}
