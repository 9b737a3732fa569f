import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_NUMBER_FORMAT, asNumberFormat, type NumberFormat } from '@shared/presentation';

const NumberFormatContext = createContext<NumberFormat>(DEFAULT_NUMBER_FORMAT);

/** Gives every number field below it the open workspace's number format (en-US where no workspace is open). */
export function NumberFormatProvider({ format, children }: { format: NumberFormat | undefined; children: ReactNode }) {
  return <NumberFormatContext.Provider value={asNumberFormat(format)}>{children}</NumberFormatContext.Provider>;
}

/** The number format the fields read and show numbers in. */
export function useNumberFormat(): NumberFormat {
  return useContext(NumberFormatContext);
}
