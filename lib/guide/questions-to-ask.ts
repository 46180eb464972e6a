import type { PainPointId } from './pain-points';
import type { ThemeId } from './themes';

/**
 * Questions a candidate can ask interviewers, written in the project's own words. They are keyed
 * by what a target role's posting stresses (its pain points and leadership themes) and by the kind
 * of interview round, so the role page can suggest a few that fit the conversation ahead.
 *
 * Each question asks about something specific the interviewer knows and the candidate cannot learn
 * from the posting: who owns a decision, what happened last time, what is still unresolved. None of
 * them can be answered with "yes" or with a line from the careers page.
 */
export const questionsToAskByPainPoint: Record<PainPointId, string[]> = {
  cost: [
    'Who owns the cloud bill today, and which line item has grown fastest over the last year?',
    'Do product teams see what their own services cost, or does the whole bill land on the platform team?',
    'When saving money and keeping a reliability margin pulled in different directions, who made the call, and how did it turn out?',
  ],
  security: [
    'Where does security sit in the path to production today: a review at the end, or checks built into the pipeline?',
    'Which audit or certification is coming up next, and how much of its evidence is still gathered by hand?',
    'How do engineers get production access and secrets today, and what would you most like to change about it?',
  ],
  developer_experience: [
    'How long does a new engineer take to ship a first change to production, and where does most of that time go?',
    'Which parts of the platform do teams work around rather than use, and what have they told you about why?',
    'How do you know whether the platform is making engineers faster, and what did the last survey or metric review show?',
  ],
  reliability: [
    "Which service's SLO is most often at risk today, and what has been tried so far?",
    'Can you walk me through the last major incident: who led it, what changed afterwards, and which follow-ups are still open?',
    'How is on-call shared between the platform team and product teams, and how sustainable does the rotation feel to the people on it?',
  ],
};

export const questionsToAskByTheme: Record<ThemeId, string[]> = {
  hiring: [
    'How many roles on this team are open right now, and what has made them hardest to fill?',
    'What does the interview loop for engineers on this team look like, and what would you want a new manager to change in it?',
  ],
  conflict_resolution: [
    'Where do the platform team and the product teams disagree most often, and how do those disagreements get settled today?',
    'Can you tell me about a recent decision the team pushed back on, and how it ended?',
  ],
  incident_leadership: [
    'Who takes incident command during a major outage, and how are executives and customers kept informed while it runs?',
    'How are the actions from post-incident reviews tracked, and how many from last quarter are actually done?',
  ],
  prioritization: [
    'If headcount stayed flat next year, what on the current roadmap would you cut first?',
    'How is the split decided between roadmap work, reliability work and requests from other teams, and who can change it mid-quarter?',
  ],
  cross_team_alignment: [
    'Which group outside this team has the most say over the platform roadmap, and how are its requests weighed against the others?',
    'When the platform team needs every product team to adopt a change, what does that rollout usually look like, and how long does it take?',
  ],
};

export const questionsToAskByRound: Record<
  'recruiter' | 'hiring_manager' | 'peer' | 'skip_level' | 'technical' | 'system_design' | 'panel' | 'other',
  string[]
> = {
  recruiter: [
    'Why is this role open now: a new team, growth, or someone moving on?',
    'How is the loop put together, and which round usually weighs most for manager candidates?',
  ],
  hiring_manager: [
    'What would you need to see in the first ninety days to know this hire was the right one?',
    'What does the team do well today that you would not want a new manager to disturb?',
  ],
  peer: [
    'What do you wish the platform team did differently for your team?',
    'How do you and the other managers share decisions about headcount, on-call and roadmap priorities?',
  ],
  skip_level: [
    'Where does platform engineering fit in the company plan for the next two years, and what would make you invest more in it?',
    'Beyond delivery dates, how do you judge whether an engineering manager in your organization is doing well?',
  ],
  technical: [
    'Which part of the current architecture would you most like to redesign if the team had a free quarter?',
    'How much of the infrastructure is defined in code today, and where does drift or manual change still creep in?',
  ],
  system_design: [
    'Which scaling limit is the system closest to today, and how did you first find out about it?',
    'How are design decisions for shared infrastructure reviewed, and who has the final say when reviewers disagree?',
  ],
  panel: [
    'What do each of you rely on the platform team for most, and where has it fallen short of that?',
    'If I joined, what is the one thing each of you would want me to fix first?',
  ],
  other: [
    'What have the people who held this role before found hardest about it?',
    'Is there anything in my background that gives you pause, so I can speak to it now?',
  ],
};
