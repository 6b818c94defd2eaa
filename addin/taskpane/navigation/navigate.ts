import { createContext, useContext } from "react";

/** Opens a panel of the pane by its id (the Start view's "Go" buttons, links between panels). */
export type Navigate = (panelId: string) => void;

const NavigateContext = createContext<Navigate>(() => undefined);

export const NavigateProvider = NavigateContext.Provider;

export function useNavigate(): Navigate {
  return useContext(NavigateContext);
}
