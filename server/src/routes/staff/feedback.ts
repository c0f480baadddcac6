import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FeedbackSummary, StaffFeedbackList } from '../../contract/feedback.js';
import { toCsv } from '../../csv.js';
import type { Deps } from '../../http-types.js';
import { body, problems, textResponse } from '../responses.js';
import { IncludeSpam, sendCsv, staffSchema } from './common.js';

const FeedbackQuery = Type.Object(
  { pageId: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), includeSpam: IncludeSpam },
  { additionalProperties: false },
);
const AUTH_ERRORS = [401, 403] as const;

export const staffFeedbackRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage }) => {
  const list = (query: { pageId?: string; includeSpam?: boolean }) =>
    storage.listFeedback({ ...(query.pageId === undefined ? {} : { pageId: query.pageId }), includeSpam: query.includeSpam ?? false });

  app.get(
    '/feedback',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('listFeedback', 'Page-feedback answers, newest first'),
        querystring: FeedbackQuery,
        response: { 200: body(StaffFeedbackList, 'Answers.'), ...problems(400, 401, 403) },
      },
    },
    async (request) => ({ items: await list(request.query) }),
  );

  app.get(
    '/feedback/summary',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('summarizeFeedback', 'Yes and no per page, with the latest comments'),
        response: { 200: body(FeedbackSummary, 'Per-page totals.'), ...problems(...AUTH_ERRORS) },
      },
    },
    async () => storage.feedbackSummary(),
  );

  app.get(
    '/feedback.csv',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('exportFeedback', 'Page-feedback answers as CSV'),
        querystring: FeedbackQuery,
        response: { 200: textResponse('text/csv', 'RFC 4180 CSV, UTF-8 with BOM.'), ...problems(400, ...AUTH_ERRORS) },
      },
    },
    async (request, reply) => {
      const items = await list(request.query);
      const csv = toCsv(
        ['id', 'receivedAt', 'updatedAt', 'pageId', 'pageTitle', 'language', 'helpful', 'comment', 'spam'],
        items.map((f) => [f.id, f.receivedAt, f.updatedAt, f.pageId, f.pageTitle, f.language, f.helpful, f.comment, f.spam]),
      );
      return sendCsv(reply, 'sidfeedback.csv', csv);
    },
  );
};
