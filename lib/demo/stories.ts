import type { StoryInput } from '@/lib/validation/story';

type DemoStory = Omit<StoryInput, 'resultQualitative'> & { resultQualitative?: boolean };

/** Eight stories of a plausible platform EM; the cross-team one is left without a number on purpose. */
export const demoStories: DemoStory[] = [
  {
    title: 'Hiring four SREs in a frozen market',
    situation:
      'In early 2025 our platform group at a payments company had two open SRE seats that had sat unfilled for five months. On-call load on the remaining six engineers was climbing and two of them had hinted they were close to burning out.',
    task: 'I owned the hiring plan and had one quarter to fill the seats without lowering the bar or leaning on agencies.',
    action:
      'I rewrote the job description around the actual problems the team was solving instead of a list of tools, and I replaced a take-home exercise with a ninety-minute paired incident simulation that candidates told us felt fair. I trained four engineers as interviewers, wrote a scoring rubric with anchored examples, and ran calibration sessions every Friday so the loop stayed consistent. I personally sourced through two meetups and our open-source contributors, and I closed candidates by letting them shadow an on-call handover before they signed.',
    result:
      'Within 10 weeks I hired four SREs instead of two, offer acceptance went from 40% to 80%, and the on-call rotation grew from six to ten people, which cut pages per person by roughly half.',
    themes: ['hiring'],
    competencies: ['grow_team', 'people_leadership'],
    painPoints: ['reliability'],
    status: 'ready',
  },
  {
    title: 'Settling the Kubernetes versus VMs standoff',
    situation:
      'Two senior engineers on my team had been arguing for months about moving our batch workloads onto Kubernetes. The debate had turned personal, design reviews stalled, and other teams had started asking whether the platform group could make decisions at all.',
    task: 'I needed to get the team to a decision they could both commit to, and repair the working relationship, within one planning cycle.',
    action:
      "I met each engineer separately and asked them to write down the strongest version of the other person's argument, which surfaced that they agreed on goals and disagreed on migration risk. I set up a two-week bake-off with explicit success criteria we agreed on in advance: cost per job, failure recovery time and operator effort. I paired the two engineers to run it together and I kept the decision meeting to data only. When the numbers favoured Kubernetes for most jobs but not the GPU pipeline, I proposed a split and gave the sceptic ownership of the exceptions.",
    result:
      'We decided in 3 weeks instead of the 4 months the argument had already taken, 70% of batch jobs moved within two quarters, and both engineers later co-presented the approach at our internal conference.',
    themes: ['conflict_resolution'],
    competencies: ['architecture_reviews', 'people_leadership'],
    painPoints: ['cost'],
    status: 'ready',
  },
  {
    title: 'Leading the checkout outage on Black Friday',
    situation:
      'On Black Friday 2024 our managed Kafka cluster lost quorum at peak traffic and checkout started failing for a third of customers. Six teams jumped into one chat channel and nobody was clearly in charge.',
    task: 'As the platform engineering manager on call, I had to take command, restore checkout and keep executives informed without distracting the responders.',
    action:
      'I declared myself incident commander, split the channel into a responders room and a stakeholder room, and named a scribe and a communications lead within the first ten minutes. I set a fifteen-minute update cadence for executives so engineers were not pulled into side conversations. I made the call to fail over to the standby region even though it meant losing some analytics events, after confirming with the payments lead that orders would not be lost. Afterwards I ran a blameless review and I tracked every action item to done in our weekly operations meeting.',
    result:
      'Checkout recovered in 38 minutes instead of the two-plus hours of a similar incident the year before, we lost no orders, and all 11 follow-up actions were closed within six weeks.',
    themes: ['incident_leadership'],
    competencies: ['org_incident_leadership', 'own_reliability'],
    painPoints: ['reliability'],
    status: 'ready',
  },
  {
    title: 'Saying no to a service mesh to fix flaky deploys',
    situation:
      'In Q2 last year leadership wanted a service mesh rolled out across 60 services, while product teams were losing a day a week to flaky deploy pipelines. My team of seven could not do both that half.',
    task: 'I had to choose what to do first and get product, security and my own director to accept what we would not do.',
    action:
      "I quantified both options: I pulled six months of pipeline data and showed that flaky deploys cost about 300 engineer-hours a month, while the mesh's benefits were mostly future security controls. I proposed fixing the pipelines first and delivering the one mesh feature security actually needed, mutual TLS, through a cheaper sidecar-free option. I wrote a one-page decision record, reviewed it with the security lead before the leadership meeting so there were no surprises, and I committed to a date for revisiting the full mesh.",
    result:
      'Deploy failure rate fell from 18% to 3% within one quarter, we recovered roughly 250 engineer-hours a month, and mutual TLS still shipped on time for the audit.',
    themes: ['prioritization'],
    competencies: ['roadmap_planning', 'stakeholder_comms', 'security_vs_speed'],
    painPoints: ['developer_experience', 'security'],
    status: 'ready',
  },
  {
    title: 'Getting product and security to one golden path',
    situation:
      'Product teams were building services their own way and security was blocking launches late with manual reviews. Each side blamed the other and my platform team was stuck in the middle.',
    task: 'I wanted both groups to agree on a single paved road for new services.',
    action:
      'I ran joint workshops with product leads and the security architect to list what each needed, and I turned the overlap into a service template with guardrails built in. I recruited two product teams as design partners and I asked security to sign off on the template once instead of every service. I shared progress every sprint in a short written update.',
    result: 'Both groups adopted the template and the relationship between product and security improved a lot.',
    themes: ['cross_team_alignment'],
    competencies: ['stakeholder_management', 'developer_experience', 'security_vs_speed'],
    painPoints: ['security', 'developer_experience'],
    status: 'ready',
  },
  {
    title: 'Turning uptime goals into error budgets',
    situation:
      'Our shared API gateway had a vague goal of "five nines" that nobody measured, and every incident triggered a debate about whether reliability or features came first. Product managers felt reliability work was a black hole.',
    task: 'I set out to make reliability measurable and to give product a fair way to trade it against features, within two quarters.',
    action:
      "I worked with the three product managers who depended on the gateway to pick user-facing service level indicators, and I set objectives they agreed were meaningful rather than aspirational. I built an error-budget dashboard with my tech lead and I wrote a short policy: when the budget is spent, the next sprint goes to reliability, no escalation needed. I presented the first month's numbers myself at the product review so the policy had visible support from leadership.",
    result:
      'Within two quarters we had SLOs on 12 endpoints, the budget policy was invoked twice without escalation, and gateway incidents dropped from 9 to 3 per quarter.',
    themes: ['prioritization', 'incident_leadership'],
    competencies: ['measurable_reliability', 'own_reliability', 'stakeholder_management'],
    painPoints: ['reliability'],
    status: 'ready',
  },
  {
    title: 'Cutting the cloud bill without a reliability hit',
    situation:
      'In 2025 finance flagged that our AWS spend had grown 45% year over year while traffic grew 15%. The first instinct from leadership was a blanket cut that would have removed the redundancy our SLOs relied on.',
    task: "I owned a plan to take 20% out of the platform's cloud cost without breaking any reliability objective.",
    action:
      'I paired with our finance partner to build unit-cost metrics per request and per team, which showed that idle non-production environments and over-provisioned databases were most of the waste. I prioritised those over touching production redundancy, and I set up automatic shutdown of non-production environments outside working hours. I negotiated a savings plan with our account team once usage was stable, and I reviewed every change against the error budgets before it shipped.',
    result:
      'Over three quarters we cut platform cloud spend by 27%, about $1.1M a year, while every SLO stayed within budget and no incident was traced to a cost change.',
    themes: ['prioritization'],
    competencies: ['cost_management', 'cost_vs_reliability', 'budgets_vendors'],
    painPoints: ['cost', 'reliability'],
    status: 'ready',
  },
  {
    title: 'Coaching a new tech lead through a rough first quarter',
    situation:
      'In 2024 I promoted a strong engineer to tech lead of our CI team, and within a month two engineers complained that she was rewriting their pull requests instead of reviewing them. Delivery had slowed and she was working late every night.',
    task: 'I needed to help her grow into the role without undermining her authority, before the quarter ended.',
    action:
      "I set up weekly coaching sessions where I asked her to walk me through one decision she delegated and one she kept, and why. I gave her direct feedback with specific examples from the pull requests, and I helped her write team working agreements about reviews. I paired her with a senior tech lead from another group as a mentor and I stepped back from the team's standups so she had space to lead.",
    result:
      "Within one quarter review turnaround went from 2 days to 6 hours, the team's engagement score rose 18 points, and she was rated exceeds expectations at her next review.",
    themes: ['hiring', 'conflict_resolution'],
    competencies: ['grow_team', 'people_leadership'],
    painPoints: [],
    status: 'ready',
  },
];
