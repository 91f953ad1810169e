// @pilot-status/embed/react: <PilotStatusChat> and <PilotStatusConnect> (React >= 18).
import type { CSSProperties, FunctionComponent } from "react";
import type { ChatOptions, ConnectOptions } from "./index";
import type { ElementErrorInfo } from "./elements";

export { configurePilotStatus } from "./elements";
export type { ElementErrorInfo, ElementsConfiguration } from "./elements";
export type * from "./index";

/** Props for the rendered element itself. */
interface HostProps {
  id?: string;
  className?: string;
  style?: CSSProperties;
}

/** Omit over each member of a union (a plain Omit would merge chat's `token` / `fetchToken` alternatives). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * `chat.mount`'s options as props (a `token` or a `fetchToken`). Changing `theme`, `locale` or `appearance` updates the
 * inbox live; a new callback or `fetchToken` is used without a remount; a new `token` mounts it again.
 * `onLoadError` also receives `SDK_LOAD_FAILED` when `embed.js` itself could not be loaded.
 */
export type PilotStatusChatProps = HostProps & OmitEach<ChatOptions, "onLoadError"> & {
  onLoadError?: (error: ElementErrorInfo) => void;
};

/** `connect.mount`'s options as props, or `connect.open`'s with `mode="modal"`. */
export type PilotStatusConnectProps = HostProps & OmitEach<ConnectOptions, "onLoadError"> & {
  mode?: "inline" | "modal";
  onLoadError?: (error: ElementErrorInfo) => void;
};

/** The inbox. Renders `<pilot-status-chat>` (empty on the server). */
export declare const PilotStatusChat: FunctionComponent<PilotStatusChatProps>;
/** The pairing page. Renders `<pilot-status-connect>` (empty on the server). */
export declare const PilotStatusConnect: FunctionComponent<PilotStatusConnectProps>;
