import type { DocumentPrimitives, DocumentVersion, TailoredDocument } from '@tailor/domain';

export type DocumentView = Omit<DocumentPrimitives, 'ownerId'>;
export type DocumentVersionView = DocumentVersion;

export const toDocumentView = (document: TailoredDocument): DocumentView => {
  const { ownerId: _o, ...view } = document.toPrimitives();
  return view;
};
