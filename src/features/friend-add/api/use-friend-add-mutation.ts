import { useMutation } from '@tanstack/react-query';

import { callEndpoint } from '@/api/client';
import { queryKeyRoots } from '@/api/query-keys';
import { endpoints } from '@/shared/contract/endpoints';
import type { FriendAddRequest } from '@/shared/contract/friend-add';

import { classifyResult, type ClassifiedResult } from '../classify-result';

export interface FriendAddRun {
  requests: FriendAddRequest[];
  onProgress?: (done: number, total: number) => void;
}

/** Sends the calls one after another; results arrive per account, request-level failures throw. */
export function useFriendAddMutation() {
  return useMutation({
    mutationFn: async ({ requests, onProgress }: FriendAddRun): Promise<ClassifiedResult[]> => {
      const results: ClassifiedResult[] = [];
      for (const [index, request] of requests.entries()) {
        const response = await callEndpoint(endpoints.friendAdd, request);
        results.push(...(response.ResultItem ?? []).map(classifyResult));
        onProgress?.(index + 1, requests.length);
      }
      return results;
    },
    meta: { invalidates: [queryKeyRoots.relations] },
  });
}
