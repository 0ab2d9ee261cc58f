import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
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

// The SDK is loaded on first use: an instance that keeps its files elsewhere never pays its start-up cost.
type Sdk = typeof S3Sdk;
let loading: Promise<Sdk> | undefined;
const sdk = (): Promise<Sdk> => (loading ??= import('@aws-sdk/client-s3'));

/** A missing key answers 404 (NoSuchKey on GET, NotFound on HEAD); a missing bucket is an error. */
const isNotFound = (error: unknown): boolean => {
  const { $metadata, name } = error as { $metadata?: { httpStatusCode?: number }; name?: string };
  return $metadata?.httpStatusCode === 404 && name !== 'NoSuchBucket';
};

/** DeleteObjects takes at most 1000 keys per request. */
const DELETE_BATCH = 1000;

/**
 * Files as objects of one bucket (STORAGE=s3), through the official AWS SDK v3. A PUT replaces an object
 * whole, so readers never see a torn file. Keys are checked like every other adapter's, so a key that the
 * local disk would refuse is refused here too.
 */
export class S3FileStorage implements IStorage {
  private readonly bucket: string;
  private connecting: Promise<{ client: S3Client; sdk: Sdk }> | undefined;

  constructor(private readonly options: S3StorageOptions) {
    this.bucket = options.bucket;
  }

  async put(key: string, bytes: Uint8Array, mediaType: string): Promise<StoredObject> {
    const stored = describeStored(checkedKey(key), bytes);
    const { client, sdk } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({ Bucket: this.bucket, Key: stored.key, Body: bytes, ContentType: mediaType }),
    );
    return stored;
  }

  async get(key: string): Promise<Uint8Array | null> {
    const Key = checkedKey(key);
    const { client, sdk } = await this.connect();
    try {
      const object = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key }));
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    const Key = checkedKey(key);
    const { client, sdk } = await this.connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const Key = checkedKey(key);
    const { client, sdk } = await this.connect();
    // S3 answers 204 for a missing key too.
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key }));
  }

  async deletePrefix(prefix: string): Promise<number> {
    const { bare, folder } = checkedPrefix(prefix);
    const { client, sdk } = await this.connect();
    const keys = await this.listKeys(folder);
    if (await this.exists(bare)) keys.push(bare);
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const batch = keys.slice(start, start + DELETE_BATCH);
      const answer = await client.send(
        new sdk.DeleteObjectsCommand({
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
  async close(): Promise<void> {
    (await this.connecting)?.client.destroy();
  }

  private connect(): Promise<{ client: S3Client; sdk: Sdk }> {
    this.connecting ??= sdk().then((loaded) => ({
      sdk: loaded,
      client: new loaded.S3Client({
        region: this.options.region,
        forcePathStyle: this.options.forcePathStyle,
        ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
        ...(this.options.credentials ? { credentials: this.options.credentials } : {}),
        // The SDK's default (checksums on every request, streamed with trailers) is refused by several
        // S3-compatible servers; send and check them only where the API requires it.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
      }),
    }));
    return this.connecting;
  }

  private async listKeys(prefix: string): Promise<string[]> {
    const { client, sdk } = await this.connect();
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await client.send(
        new sdk.ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }
}
