/** The app's one typeface, bundled (@fontsource/noto-sans): canvas, DOM and print measure text alike. */
export const APP_FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';
