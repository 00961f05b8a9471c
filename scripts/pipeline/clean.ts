// PLACEHOLDER — to be replaced by the real clean stage (keep the exported signature).
import type { Segment, WorkingDoc } from './types.ts';

export function clean(seg: Segment): WorkingDoc {
  return {
    file: seg.file,
    index: seg.index,
    titleHint: seg.titleHint,
    pageTitleLine: seg.pageTitleLine,
    lines: seg.lines.filter((l) => l.text.trim() !== ''),
    removed: [],
  };
}
