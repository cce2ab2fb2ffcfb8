/** The fact-check of issue 13, as readers see it: credits, bounds, statuses and excerpts on the pages. */
import { expect, test } from '@playwright/test';

const RECRUITMENT = '/articles/emploi-numerique-recrutement/';
const CAMPUS = '/articles/campus-numerique-charbonnieres/';

test('recruitment: the 57 % is credited to Bref Eco, the first sample size is given, the title speaks of 2016–2018', async ({ page }) => {
  await page.goto(RECRUITMENT);
  const main = page.locator('main');
  await expect(page.getByRole('heading', { level: 1 })).not.toContainText('toujours');
  await expect(main).not.toContainText('d’où viennent les chiffres précédents');
  // The figure links to its row in « Les chiffres de cet article », which holds source and excerpt.
  await page.locator('a.figure-value[data-figure="developpeurs-non-pourvus-2016"]').first().click();
  const note = page.locator('#chiffre-developpeurs-non-pourvus-2016');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Bref Eco');
  await expect(note.locator('[data-quote="brefeco-developpeurs"] q')).toContainText('57 % des postes non pourvus');
  await expect(main).toContainText('117');
  await expect(main).toContainText('celle des deuxième et troisième éditions ne l’est pas');
});

test('Campus: the 2025 extension is announced, not done, and the early estimates stand side by side', async ({ page }) => {
  await page.goto(CAMPUS);
  const main = page.locator('main');
  await expect(main).not.toContainText('s’agrandit en 2025');
  await expect(main).not.toContainText('sera augmentée');
  await expect(main).toContainText('Nous ne savons pas si ces travaux ont été livrés');
  const early = main.locator('p', { hasText: 'sans commune mesure' });
  for (const id of ['campus-etape1-min', 'campus-etape1-max', 'campus-budget-2017', 'campus-investissement-2017']) await expect(early.locator(`[data-figure="${id}"]`)).toHaveCount(1);
});

test('Campus timeline export: the interview is dated by its year, with its bound, not on 3 May', async ({ request }) => {
  const res = await request.get('/graphiques/campus-chronologie/campus-chronologie.json');
  const json = (await res.json()) as { data: { id: string; date: string; precision: string; dateNote: string }[] };
  const row = json.data.find((r) => r.id === 'entretien-lyon-entreprises')!;
  expect(row.date).toBe('2016');
  expect(row.precision).not.toBe('jour');
  expect(row.dateNote).toMatch(/au plus tard le 3\smai/);
});

test('home page: the 2015 plan is reported, not asserted, and +39 % is an announced change', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');
  await expect(main).not.toContainText('plan voté en 2015 par son prédécesseur');
  await expect(main).toContainText('ce rapport lui-même n’a pas été retrouvé');
  const keyFigure = main.locator('div[data-figure="fibre-growth"]');
  await expect(keyFigure).toContainText('variation annoncée');
  await expect(keyFigure).not.toContainText('montant budgété');
});
