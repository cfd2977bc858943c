import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { graphql } from '@/graphql/generated';
import { execute } from '@/lib/graphql-client';

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      signedOut
    }
  }
`);

/**
 * Signs out, goes to the front page and resets every cached query, so nothing of the session
 * stays; `onSignedOut` lets the app forget what it keeps outside the cache.
 */
export function useSignOut({ onSignedOut }: { onSignedOut?: () => void } = {}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => execute(LogoutDocument),
    onSuccess: async () => {
      onSignedOut?.();
      await navigate('/');
      await queryClient.resetQueries();
    },
  });
}
