// @pilot-status/embed/react: <PilotStatusChat> and <PilotStatusConnect>, thin React components over the custom
// elements, so the lifecycle has one owner. React renders the element; its options are set as properties after commit
// and its events call the latest callback props (no remount when a callback changes). StrictMode's extra effect run
// does not take the element out of the document, so it mounts one iframe; unmounting the component removes the element,
// which destroys the handle and its listeners. On a server the element renders empty and nothing else runs.
import { createElement, useEffect, useRef } from "react";
import { EVENTS, TAGS, PilotStatusChatElement, PilotStatusConnectElement, configurePilotStatus } from "./elements.mjs";

// Props that go to the rendered element itself, not to the embed, by the name React 18 and 19 both pass on to a
// custom element (React 18 would write `className` literally).
const HOST_PROPS = { id: "id", className: "class", style: "style" };

function component(tag, Element, displayName) {
  function PilotStatusComponent(props) {
    const ref = useRef(null);
    const latest = useRef(props);

    // Listening first: the options effect below may start the mount.
    useEffect(function () {
      const element = ref.current;
      const listeners = Element.callbacks.map(function (callback) {
        function listener(event) {
          const handler = latest.current[callback];
          if (handler) {
            event.preventDefault(); // handled: no console.error for onError
            handler(event.detail);
          }
        }
        element.addEventListener(EVENTS[callback], listener);
        return [EVENTS[callback], listener];
      });
      return function () {
        for (const [name, listener] of listeners) {
          element.removeEventListener(name, listener);
        }
      };
    }, []);

    useEffect(function () {
      latest.current = props;
      for (const key of Element.properties) {
        ref.current[key] = props[key];
      }
    });

    const hostProps = { ref };
    for (const key in HOST_PROPS) {
      if (props[key] !== undefined) {
        hostProps[HOST_PROPS[key]] = props[key];
      }
    }
    return createElement(tag, hostProps);
  }
  PilotStatusComponent.displayName = displayName;
  return PilotStatusComponent;
}

/** The inbox: props are `chat.mount`'s options (a `token` or a `fetchToken`), callbacks included. */
const PilotStatusChat = component(TAGS.chat, PilotStatusChatElement, "PilotStatusChat");
/** The pairing page: `connect.mount`'s options, or `connect.open`'s with `mode="modal"`. */
const PilotStatusConnect = component(TAGS.connect, PilotStatusConnectElement, "PilotStatusConnect");

export { PilotStatusChat, PilotStatusConnect, configurePilotStatus };
