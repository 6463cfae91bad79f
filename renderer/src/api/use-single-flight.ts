// A mutation that cannot be started twice at once: an OTP request sends an SMS, a sign-in may too.
import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { UseMutationOptions } from '@tanstack/react-query';

/** A mutation plus `run`, which ignores calls while one is in flight. */
export function useSingleFlight<TData, TVariables>(options: UseMutationOptions<TData, Error, TVariables>) {
  const mutation = useMutation(options);
  // isPending updates on the next render; a ref also stops a double click inside one frame.
  const inFlight = useRef(false);
  const run = (variables: TVariables): void => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(variables, {
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };
  return { ...mutation, run };
}
