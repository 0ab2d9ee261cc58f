import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { IStorage, StoredObject } from '@tailor/domain';
import { checkedKey, checkedPrefix, describeStored } from './storage-keys.js';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** Unset: AWS itself. Set: any S3-compatible server (MinIO, R2, Ceph, …). */
  endpoint?: string | undefined;
  /** Unset: the SDK's default chain (environment, instance or task role). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Bucket in the path (`host/bucket/key`) instead of the host name; most self-hosted servers need it. */
  forcePathStyle: boolean;
}

/** A missing key or bucket answers 404 (NoSuchKey on GET, NotFound on HEAD). */
const isNotFound = (error: unknown): boolean =>
  error instanceof S3ServiceException &&
  error.$metadata.httpStatusCode === 404 &&
  error.name !== 'NoSuchBucket';

/** DeleteObjects takes at most 1000 keys per request. */
const DELETE_BATCH = 1000;

/**
 * Files as objects of one bucket (STORAGE=s3), through the official AWS SDK v3. A PUT replaces an object
 * whole, so readers never see a torn file. Keys are checked like every other adapter's, so a key that the
 * local disk would refuse is refused here too.
 */
export class S3FileStorage implements IStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      // The SDK's default (checksums on every request, streamed with trailers) is refused by several
      // S3-compatible servers; send and check them only where the API requires it.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<StoredObject> {
    const stored = describeStored(checkedKey(key), bytes);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: stored.key, Body: bytes, ContentType: mediaType }),
    );
    return stored;
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }),
      );
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    // S3 answers 204 for a missing key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkedKey(key) }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    const { bare, folder } = checkedPrefix(prefix);
    const keys = await this.listKeys(folder);
    if (await this.exists(bare)) keys.push(bare);
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const batch = keys.slice(start, start + DELETE_BATCH);
      const answer = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      const failed = answer.Errors ?? [];
      if (failed.length > 0)
        throw new Error(
          `S3 refused to delete ${failed.length} object(s), first: ${failed[0]?.Key} ${failed[0]?.Code}`,
        );
    }
    return keys.length;
  }

  /** Stops the client's sockets (shutdown). */
  close(): void {
    this.client.destroy();
  }

  private async listKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }
}
