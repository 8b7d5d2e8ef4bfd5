/**
 * A broadcast's number as admins see it (#1, #2…): the id of the preview it was confirmed from,
 * which only broadcasts use. The job id is shared with digest slots, so the first broadcast after
 * a digest would have been "#2".
 */
export const broadcastJobKey = (previewId: number): string => `broadcast:${previewId}`;

export function broadcastNumber(job: { key: string; id: number }): number {
  const match = /^broadcast:(\d+)$/.exec(job.key);
  return match ? Number(match[1]) : job.id;
}
