/** A standing customer's proportions, as multiples of the shoulder width: where the face is and how big. */
export const HEAD_ABOVE_SHOULDERS = 0.55;
export const FACE_SIZE = 1.15;
/** The top of the hair above the face's centre, as a multiple of the face's size (see paintFace). */
export const HAIR_ABOVE_FACE = 0.56;
