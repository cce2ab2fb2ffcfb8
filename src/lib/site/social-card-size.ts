/** Size of a social card (Open Graph and Twitter `summary_large_image`), in pixels. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
