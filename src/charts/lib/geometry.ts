/** Plain geometry types every chart layout returns and every renderer reads. */

/** A laid-out line of text. */
export interface TextMark {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  bold: boolean;
}

/** A rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
