/** One size of a photo, as the Bot API describes it. */
export interface PhotoSize {
  file_id: string;
  file_unique_id: string;
  width: number;
  height: number;
  file_size?: number;
}

/** A photo message's picture as the fake keeps it: its sizes, and whether this send uploaded it. */
export interface StoredPhoto {
  sizes: PhotoSize[];
  uploaded: boolean;
}
