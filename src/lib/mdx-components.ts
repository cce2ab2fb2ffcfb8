/** The components an editor may use in MDX without importing them. */
import Figure from '../components/Figure.astro';
import Quote from '../components/Quote.astro';
import Question from '../components/Question.astro';
import Note from '../components/Note.astro';
import ReadAlso from '../components/ReadAlso.astro';
import KeyFigures from '../components/KeyFigures.astro';

export const mdxComponents = { Figure, Quote, Question, Note, ReadAlso, KeyFigures };
