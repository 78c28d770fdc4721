import type { JourneyDebug } from '../../shared/debug-api';

declare global {
  interface Window {
    journeyDebug: JourneyDebug;
  }
}
export {};
