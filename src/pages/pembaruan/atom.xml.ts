import { feedRoute } from '@/components/tracker/feed.ts';

export const GET = feedRoute('id');
