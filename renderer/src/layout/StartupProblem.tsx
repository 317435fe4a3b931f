/** Shown instead of the app when it cannot reach its handlers at all. */
export function StartupProblem(props: { message: string }) {
  return (
    <main className="startup-problem">
      <h1>Usage Inspector cannot start</h1>
      <p role="alert">{props.message}</p>
    </main>
  );
}
