import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { UseCases } from '../../composition/use-cases.js';
import { caller } from '../../plugins/authentication.js';
import { VersionedJsonCache } from '../../serialization/versioned-json-cache.js';
import { pagination } from '../shared-schemas.js';
import { acceptUploads, readUpload } from '../uploads.js';
import { expectedVersion, tagVersion } from '../version.js';
import {
  addItemSchema,
  analyticsSchema,
  createProfileSchema,
  defaultProfileSchema,
  deleteProfileSchema,
  exportSchema,
  getProfileSchema,
  importFileSchema,
  importSchema,
  itemKinds,
  listProfilesSchema,
  patchProfileSchema,
  removeItemSchema,
  replaceItemSchema,
  replaceProfileSchema,
  replaceSkillsSchema,
  summarySchema,
} from './schemas.js';

/** JSON already written by the route's serializer, sent as it is (the typed reply expects the object). */
const sendJson = (reply: FastifyReply, json: string) =>
  reply.type('application/json; charset=utf-8').send(json);

export const profileRoutes: FastifyPluginAsyncZod<{ useCases: UseCases['profiles'] }> = async (
  app,
  { useCases },
) => {
  app.post('/', { schema: createProfileSchema }, async (request, reply) => {
    const profile = await useCases.createProfile.execute({
      userId: caller(request).userId,
      content: request.body,
    });
    return reply.status(201).send(profile);
  });

  app.get('/', { schema: listProfilesSchema }, async (request) => {
    const { page, size, sort } = request.query;
    const result = await useCases.listProfiles.execute({ userId: caller(request).userId, page, size, sort });
    return { data: result.data, pagination: pagination(page, size, result.pagination.total) };
  });

  // GET /profiles/me is the hottest read: a small query for the default profile's id and version, and when
  // this instance already wrote that version for this owner, the same JSON again, without reading, parsing
  // and serializing the whole profile (see VersionedJsonCache for why it cannot be stale).
  const defaultProfileJson = new VersionedJsonCache();
  app.get('/me', { schema: defaultProfileSchema }, async (request, reply) => {
    const { userId } = caller(request);
    const current = await useCases.getDefaultProfileVersion.execute({ userId });
    tagVersion(reply, current.version);
    const cached = defaultProfileJson.get(userId, current);
    if (cached !== undefined) return sendJson(reply, cached);
    const profile = await useCases.getDefaultProfile.execute({ userId });
    tagVersion(reply, profile.version);
    // The route's own compiled serializer (checked against the zod schema outside production).
    const json = reply.serialize(profile) as string;
    defaultProfileJson.set(userId, profile, json);
    return sendJson(reply, json);
  });

  await acceptUploads(app);
  app.post('/import/file', { schema: importFileSchema }, async (request, reply) => {
    const upload = await readUpload(request);
    const result = await useCases.importProfileFile.execute({
      userId: caller(request).userId,
      bytes: upload.bytes,
    });
    return reply.status(201).send(result);
  });

  app.post('/import', { schema: importSchema }, async (request, reply) => {
    const profile = await useCases.importProfile.execute({ userId: caller(request).userId, ...request.body });
    return reply.status(201).send(profile);
  });

  app.get('/:id', { schema: getProfileSchema }, async (request, reply) => {
    const profile = await useCases.getProfile.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
    });
    tagVersion(reply, profile.version);
    return profile;
  });

  app.put('/:id', { schema: replaceProfileSchema }, async (request, reply) => {
    const { version, ...content } = request.body;
    const profile = await useCases.replaceProfile.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      expectedVersion: expectedVersion(request, version),
      content,
    });
    tagVersion(reply, profile.version);
    return profile;
  });

  app.patch('/:id', { schema: patchProfileSchema }, async (request, reply) => {
    const { version, isDefault, ...patch } = request.body;
    const userId = caller(request).userId;
    const profileId = request.params.id;
    let base = expectedVersion(request, version);
    let profile;
    if (Object.keys(patch).length > 0 || !isDefault) {
      profile = await useCases.patchProfile.execute({ userId, profileId, expectedVersion: base, patch });
      base = profile.version;
    }
    if (isDefault)
      profile = await useCases.setDefaultProfile.execute({ userId, profileId, expectedVersion: base });
    tagVersion(reply, profile!.version);
    return profile!;
  });

  app.delete('/:id', { schema: deleteProfileSchema }, async (request, reply) => {
    await useCases.deleteProfile.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      expectedVersion: expectedVersion(request),
    });
    return reply.status(204).send(null);
  });

  for (const kind of itemKinds) {
    app.post(`/:id/${kind}`, { schema: addItemSchema(kind) }, async (request, reply) => {
      const { version, ...item } = request.body;
      const result = await useCases.addProfileItem.execute({
        userId: caller(request).userId,
        profileId: request.params.id,
        kind,
        expectedVersion: expectedVersion(request, version),
        item,
      });
      tagVersion(reply, result.profile.version);
      return reply.status(201).send(result);
    });

    app.put(`/:id/${kind}/:itemId`, { schema: replaceItemSchema(kind) }, async (request, reply) => {
      const { version, ...item } = request.body;
      const result = await useCases.replaceProfileItem.execute({
        userId: caller(request).userId,
        profileId: request.params.id,
        kind,
        itemId: request.params.itemId,
        expectedVersion: expectedVersion(request, version),
        item,
      });
      tagVersion(reply, result.profile.version);
      return result;
    });

    app.delete(`/:id/${kind}/:itemId`, { schema: removeItemSchema(kind) }, async (request, reply) => {
      const profile = await useCases.removeProfileItem.execute({
        userId: caller(request).userId,
        profileId: request.params.id,
        kind,
        itemId: request.params.itemId,
        expectedVersion: expectedVersion(request),
      });
      tagVersion(reply, profile.version);
      return reply.status(204).send(null);
    });
  }

  app.put('/:id/skills', { schema: replaceSkillsSchema }, async (request, reply) => {
    const { version, ...skills } = request.body;
    const profile = await useCases.replaceProfileSkills.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      expectedVersion: expectedVersion(request, version),
      skills,
    });
    tagVersion(reply, profile.version);
    return profile;
  });

  app.get('/:id/analytics', { schema: analyticsSchema }, async (request) =>
    useCases.getProfileAnalytics.execute({ userId: caller(request).userId, profileId: request.params.id }),
  );

  app.get('/:id/summary', { schema: summarySchema }, async (request) =>
    useCases.getProfileSummary.execute({ userId: caller(request).userId, profileId: request.params.id }),
  );

  app.get('/:id/export', { schema: exportSchema }, async (request, reply) => {
    const document = await useCases.exportProfile.execute({
      userId: caller(request).userId,
      profileId: request.params.id,
      format: request.query.format,
    });
    return reply
      .header('content-disposition', `attachment; filename="resume-${request.params.id}.json"`)
      .send(document);
  });
};
