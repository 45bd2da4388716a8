/**
 * Keeps a facilitator's workshops under their profile: each change is saved,
 * so a reload mid-session comes back to the same decision, and past
 * workshops can be opened again for their results.
 */
import type { ProgressRepository } from '../../storage/progress-repository.ts';
import { newId } from '../../storage/progress-repository.ts';
import { newWorkshop, type Workshop } from './workshop-data.ts';

export class WorkshopService {
  constructor(
    private readonly repo: ProgressRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The profile's workshops, the most recently used first. */
  async list(profileId: string): Promise<Workshop[]> {
    return (await this.repo.workshops(profileId)).map(({ profileId: _p, ...w }) => w);
  }

  async start(profileId: string, plan: readonly string[]): Promise<Workshop> {
    const w = newWorkshop(newId(), plan, this.now());
    await this.save(profileId, w);
    return w;
  }

  /** Saves the workshop as it stands, stamped with the time of the change. */
  async save(profileId: string, w: Workshop): Promise<Workshop> {
    const stamped = { ...w, updatedAt: this.now().toISOString() };
    await this.repo.saveWorkshop({ ...stamped, profileId });
    return stamped;
  }

  remove(profileId: string, id: string): Promise<void> {
    return this.repo.deleteWorkshop(profileId, id);
  }
}
