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

/** Signs out, goes to the front page and resets every cached query, so nothing of the session stays. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => execute(LogoutDocument),
    onSuccess: async () => {
      await navigate('/');
      await queryClient.resetQueries();
    },
  });
}
