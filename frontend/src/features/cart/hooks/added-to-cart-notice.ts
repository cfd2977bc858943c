import { createContext, useContext } from 'react';

/** What was just added, for the notice that offers the way on (cart, checkout). */
export interface AddedItem {
  title: string;
  quantity: number;
  /** The page it was added on: the notice shows there only. */
  pathname: string;
  /** A new value for every add, so adding the same thing again shows the notice afresh. */
  at: number;
}

export interface AddedToCartNoticeState {
  added: AddedItem | null;
  show: (item: Omit<AddedItem, 'at' | 'pathname'>) => void;
  dismiss: () => void;
}

export const AddedToCartNoticeContext = createContext<AddedToCartNoticeState | null>(null);

export function useAddedToCartNotice(): AddedToCartNoticeState {
  const state = useContext(AddedToCartNoticeContext);
  if (!state) throw new Error('useAddedToCartNotice needs an AddedToCartNoticeProvider above it');
  return state;
}
