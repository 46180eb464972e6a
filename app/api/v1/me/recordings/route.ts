import { otherMethods, route } from '@/lib/api/route';
import { deleteAllRecordingsFor, recordingSettingsFor, setRetentionFor } from '@/lib/server/recordings';
import { retentionSchema } from '@/lib/validation/recording';

/** How long recordings are kept, how much room they take, and deleting them all. */
export const GET = route({}, ({ userId }) => recordingSettingsFor(userId));
export const PATCH = route({ body: retentionSchema }, ({ userId, body }) => setRetentionFor(userId, body.days, new Date()));
export const DELETE = route({}, ({ userId }) => deleteAllRecordingsFor(userId));

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
