import { getOperationAST, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Metrics } from '../metrics/metrics.js';

type Labels = { operation_name: string; operation_type: string };

/**
 * Times every GraphQL execution and counts results with errors, by operation name and type.
 * It hooks envelop's execute and subscribe, which WebSocket operations run through too.
 */
export function useOperationMetrics(metrics: Metrics): Plugin {
  const labelsOf = ({ document, operationName }: ExecutionArgs): Labels => {
    const operation = getOperationAST(document, operationName);
    return {
      operation_name: metrics.operationNames.label(operation?.name?.value ?? 'anonymous'),
      operation_type: operation?.operation ?? 'unknown',
    };
  };
  const countErrors = (labels: Labels, result: ExecutionResult) => {
    if (result.errors?.length) metrics.graphqlErrors.inc(labels);
  };
  const onResult = (labels: Labels, stop: () => void, result: ExecutionResult | AsyncIterable<ExecutionResult>) => {
    stop();
    if (!isAsyncIterable(result)) return countErrors(labels, result);
    return { onNext: ({ result: next }: { result: ExecutionResult }) => countErrors(labels, next) };
  };
  return {
    onExecute: ({ args }) => {
      const labels = labelsOf(args);
      const stop = metrics.graphqlDuration.startTimer(labels);
      return { onExecuteDone: ({ result }) => onResult(labels, stop, result) };
    },
    onSubscribe: ({ args }) => {
      const labels = labelsOf(args);
      const stop = metrics.graphqlDuration.startTimer(labels);
      return {
        onSubscribeResult: ({ result }) => onResult(labels, stop, result),
        onSubscribeError: () => {
          stop();
          metrics.graphqlErrors.inc(labels);
        },
      };
    },
  };
}
