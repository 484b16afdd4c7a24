// The one model client lives in src/model/client.ts (questions and reports both use it); kept here so the
// question layer's imports stay as they are.
export * from '../model/client.js';
