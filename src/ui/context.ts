import type { Library, Scenario } from '../engine/index.ts';
import type { AnalysisCache } from '../app/analysis-cache.ts';
import type { AttemptNotKept } from '../app/attempt-not-kept.ts';
import type { BackupService } from '../app/backup-service.ts';
import type { ConversationService } from '../app/flow/conversation-service.ts';
import type { StorageNotices } from '../app/notices.ts';
import type { ProfileService } from '../app/profile-service.ts';
import type { ProgressService } from '../app/progress-service.ts';
import type { Settings, SettingsService } from '../app/settings.ts';
import type { WorkshopService } from '../app/workshop/workshop-service.ts';
import type { SoundPort, StagePort, StageView } from './stage-port.ts';

export interface ShowOptions {
  /** The conversation in progress to continue (its id), instead of starting afresh. */
  resume?: string;
  /** The saved attempt whose debrief to show. */
  attemptId?: string;
  /** A finished conversation whose attempt could not be kept: its debrief shows all the same, and says so. */
  notKept?: AttemptNotKept;
  /** Settings: the screen that opened it, which Done and Back go back to (home when not given). */
  from?: 'home' | 'library';
}

export type ScreenName =
  'home' | 'library' | 'briefing' | 'conversation' | 'debrief' | 'settings' | 'progress' | 'profiles' | 'workshop';

/** What every screen can reach: content, services, the canvas stage, sound and navigation. */
export interface UiContext {
  library: Library;
  stage: StagePort;
  sound: SoundPort;
  profiles: ProfileService;
  progress: ProgressService;
  /** Starts and continues conversations (the flow a conversation screen renders). */
  conversations: ConversationService;
  backups: BackupService;
  /** Problems met while reading saved records, for the page to show once. */
  notices: StorageNotices;
  analyses: AnalysisCache;
  /** A facilitator's workshops, kept under their profile. */
  workshops: WorkshopService;
  settingsService: SettingsService;
  /** The trainee playing now; switching profile changes it and reloads their settings. */
  profileId: string;
  /** Set when a learning system named the learner: there is no other profile to switch to. */
  learnerFixed?: boolean;
  settings: Settings;
  switchProfile(id: string): Promise<void>;
  /** Puts changed settings into effect and saves them. */
  updateSettings(change: Partial<Settings>): Promise<void>;
  /** Says something through the polite live region. */
  announce(text: string): void;
  /** Shows a lasting notice above the game (storage problems, failed saves), with a button when `action` is given. */
  notify(text: string, action?: NoticeAction): void;
  /** Takes back a notice that no longer holds. */
  withdraw(text: string): void;
  /** Work to finish before the next screen is built (the real store taking over from memory). */
  beforeNextScreen(task: () => Promise<void>): void;
  show(screen: ScreenName, scenario?: Scenario, options?: ShowOptions): void;
}

/** A notice's button: its label and what it does. */
export interface NoticeAction {
  label: string;
  run(): void;
}

/** A rendered screen: its element, the picture behind it, and what to release when leaving it. */
export interface Screen {
  element: HTMLElement;
  /** Element to focus on arrival (default: the first heading). */
  focus?: HTMLElement;
  /** What the canvas shows; built once the element is in the page, so its slots can be measured. */
  stage?: () => StageView;
  /** Called once the screen is in the page, its picture shown and focus placed. */
  shown?(): void;
  /** The browser's Back: true when the screen took it for itself (the conversation pauses first). */
  back?(): boolean;
  dispose?(): void;
}
