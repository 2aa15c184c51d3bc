/** The Zoom import's texts on the attendance pages (part of the one catalogue, src/web/messages.ts). */
export const ZOOM_IMPORT_MESSAGES = {} as const;
