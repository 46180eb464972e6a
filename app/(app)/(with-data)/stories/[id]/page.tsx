import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findStoryFor } from '@/lib/server/stories';
import { requireCurrentUser } from '@/lib/auth/current-user';
import { StoryEditor } from '../_components/story-editor';

export const metadata: Metadata = { title: 'Edit story' };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireCurrentUser()]);
  const story = findStoryFor(user.id, id);
  if (!story) notFound();
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">Edit story</h1>
      <StoryEditor key={story.id} story={story} />
    </div>
  );
}
