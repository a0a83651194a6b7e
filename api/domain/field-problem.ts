/** Something wrong with one field of a request, its path relative to the request ("hours.0.start"). */
export interface FieldProblem {
  path: string;
  message: string;
}
