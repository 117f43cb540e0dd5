import { richOps } from './rich';

/** A bare contenteditable: the browser's own editing is the model, so execCommand is the input path. */
export const contenteditableOps = richOps({ family: 'contenteditable', strategies: ['execCommand'] });
