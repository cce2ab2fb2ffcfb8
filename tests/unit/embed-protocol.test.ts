import { describe, expect, test } from 'vitest';
import { acceptedHeight, expectedOrigin, HEIGHT_BOUNDS, iframeChart, RESIZE_TYPE, resizeMessage, wordpressSecret } from '../../src/embed/protocol.ts';
import { forceSchemeInMedia, schemeParam } from '../../src/embed/color-scheme.ts';

describe('acceptedHeight(data, chart)', () => {
  test('accepts our message for the iframe’s chart, rounded up', () => {
    expect(acceptedHeight({ type: RESIZE_TYPE, chart: 'a', height: 512.2 }, 'a')).toBe(513);
    expect(acceptedHeight(resizeMessage('a', 800), 'a')).toBe(800);
  });
  test.each([
    ['another type', { type: 'x:resize', chart: 'a', height: 500 }],
    ['another chart', { type: RESIZE_TYPE, chart: 'b', height: 500 }],
    ['no chart', { type: RESIZE_TYPE, height: 500 }],
    ['a height as text', { type: RESIZE_TYPE, chart: 'a', height: '500' }],
    ['NaN', { type: RESIZE_TYPE, chart: 'a', height: Number.NaN }],
    ['Infinity', { type: RESIZE_TYPE, chart: 'a', height: Number.POSITIVE_INFINITY }],
    ['below the minimum', { type: RESIZE_TYPE, chart: 'a', height: HEIGHT_BOUNDS.min - 1 }],
    ['above the maximum', { type: RESIZE_TYPE, chart: 'a', height: HEIGHT_BOUNDS.max + 1 }],
    ['a string message', JSON.stringify({ type: RESIZE_TYPE, chart: 'a', height: 500 })],
    ['null', null],
  ])('refuses %s', (_, data) => {
    expect(acceptedHeight(data, 'a')).toBeUndefined();
  });
});

describe('expectedOrigin(src, base, sandbox)', () => {
  const base = 'https://host.example/page';
  test('is the origin of the iframe’s src, relative or absolute', () => {
    expect(expectedOrigin('https://site.example/embed/a/', base, null)).toBe('https://site.example');
    expect(expectedOrigin('/embed/a/', base, null)).toBe('https://host.example');
    expect(expectedOrigin('https://site.example/embed/a/', base, 'allow-scripts allow-same-origin')).toBe('https://site.example');
  });
  test('is "null" for a sandbox without allow-same-origin (an opaque origin)', () => {
    expect(expectedOrigin('https://site.example/embed/a/', base, 'allow-scripts allow-popups')).toBe('null');
    expect(expectedOrigin('https://site.example/embed/a/', base, '')).toBe('null');
  });
  test('is undefined for a src that is not http(s)', () => {
    expect(expectedOrigin('javascript:alert(1)', base, null)).toBeUndefined();
    expect(expectedOrigin('about:blank', base, null)).toBeUndefined();
    expect(expectedOrigin('http://[bad', base, null)).toBeUndefined();
  });
});

test('iframeChart() reads the data attribute, else the /embed/<id>/ path', () => {
  expect(iframeChart('x', 'https://s/embed/y/', 'https://s/')).toBe('x');
  expect(iframeChart(undefined, 'https://s/embed/y/', 'https://s/')).toBe('y');
  expect(iframeChart(undefined, 'https://s/graphiques/', 'https://s/')).toBeUndefined();
});

describe('color scheme override', () => {
  test('schemeParam() knows light and dark only', () => {
    expect(schemeParam('dark')).toBe('dark');
    expect(schemeParam('light')).toBe('light');
    expect(schemeParam('violet')).toBeUndefined();
    expect(schemeParam(null)).toBeUndefined();
  });
  test('forceSchemeInMedia() makes the chosen scheme always apply and the other never', () => {
    expect(forceSchemeInMedia('(prefers-color-scheme: dark)', 'dark')).toBe('(min-width: 0px)');
    expect(forceSchemeInMedia('(prefers-color-scheme: dark)', 'light')).toBe('(max-width: -1px)');
    expect(forceSchemeInMedia('screen and (prefers-color-scheme:light)', 'light')).toBe('screen and (min-width: 0px)');
    expect(forceSchemeInMedia('(prefers-reduced-motion: reduce)', 'dark')).toBe('(prefers-reduced-motion: reduce)');
  });
});

describe('wordpressSecret(hash)', () => {
  test('reads the secret WordPress appends to the src (#?secret=…)', () => {
    expect(wordpressSecret('#?secret=Ab3dE6gH9k')).toBe('Ab3dE6gH9k');
    expect(wordpressSecret('#?secret=abc&x=1')).toBe('abc');
    expect(wordpressSecret('#?x=1&secret=abc')).toBe('abc');
  });
  test.each([[''], ['#'], ['#?secret='], ['#?secret=a-b'], ['#?secret=a"b'], ['#?notsecret=abc'], ['#section']])('finds none in %j', (hash) => {
    expect(wordpressSecret(hash)).toBeUndefined();
  });
});
