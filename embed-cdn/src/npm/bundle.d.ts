// @pilot-status/embed/bundle: the SDK itself, for hosts that cannot load it from the CDN (see loadPilotStatus).
import type { PilotStatusApi } from "./index";

export type * from "./index";

/** The SDK; `undefined` when imported where there is no `window` (server-side rendering). */
export declare const PilotStatus: PilotStatusApi;
export default PilotStatus;
