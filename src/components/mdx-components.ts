/** The components an editor may use in MDX without importing them. */
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Question from './Question.astro';
import Note from './Note.astro';
import ReadAlso from './ReadAlso.astro';
import Priority from './comparison/Priority.astro';
import NewIn2016 from './comparison/NewIn2016.astro';
import Chart from './Chart.astro';
import KeyFigures from './KeyFigures.astro';

export const mdxComponents = { Figure, Quote, Question, Note, ReadAlso, KeyFigures, Chart, Priority, NewIn2016 };
