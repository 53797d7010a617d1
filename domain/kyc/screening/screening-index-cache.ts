import type { Queryable } from '../../../platform/db';
import { currentVersions, entriesOf, type ListVersion } from './list-versions';
import { ScreeningIndex } from './screening-index';

/**
 * The screening index of the current list versions, built once and rebuilt when a source gets a new version. Each
 * use costs one small query (which versions are current); only a change reads the entries and rebuilds.
 */
export class ScreeningIndexCache {
  private built: { key: string; index: ScreeningIndex; versions: ListVersion[] } | null = null;
  private building: Promise<{ key: string; index: ScreeningIndex; versions: ListVersion[] }> | null = null;

  /** The index of the current versions, and those versions. */
  async current(db: Queryable): Promise<{ index: ScreeningIndex; versions: ListVersion[] }> {
    const versions = await currentVersions(db);
    const key = versions.map((version) => version.versionId).join(',');
    if (this.built?.key === key) return this.built;
    // Concurrent screenings after an import share one rebuild.
    this.building ??= this.build(db, key, versions).finally(() => {
      this.building = null;
    });
    const built = await this.building;
    this.built = built;
    return built.key === key ? built : this.current(db);
  }

  private async build(db: Queryable, key: string, versions: ListVersion[]) {
    const lists = await Promise.all(
      versions.map(async (version) => ({ ...version, entries: await entriesOf(db, version.versionId) })),
    );
    return { key, index: new ScreeningIndex(lists), versions };
  }
}
