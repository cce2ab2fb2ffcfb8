/** The components an editor may use in MDX without importing them. */
import Figure from '../components/Figure.astro';
import Quote from '../components/Quote.astro';
import Question from '../components/Question.astro';
import Note from '../components/Note.astro';
import ReadAlso from '../components/ReadAlso.astro';
import Priority from '../components/comparison/Priority.astro';
import NewIn2016 from '../components/comparison/NewIn2016.astro';
import Chart from '../components/Chart.astro';
import KeyFigures from '../components/KeyFigures.astro';

export const mdxComponents = { Figure, Quote, Question, Note, ReadAlso, KeyFigures, Chart, Priority, NewIn2016 };
