/** Site-wide names and copy that are not part of an article. */
export const SITE_NAME = 'Dossier Numérique';
export const SITE_TAGLINE = 'Auvergne-Rhône-Alpes, 2016 : l’entretien de Laurent Wauquiez et ce qu’il engage';
export const PUBLISHER = 'Rédaction du Dossier Numérique';

/** `Titre — Dossier Numérique`, or the site name alone on the home page. */
export function pageTitle(title?: string): string {
  return title ? `${title} — ${SITE_NAME}` : `${SITE_NAME}\u202f: ${SITE_TAGLINE}`;
}
