// Every bench signs in as the demo director through the real login route and sends the cookie.
export async function signIn(url: string, email = 'director@demo.local'): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo1234' }),
  });
  if (login.status !== 200) throw new Error(`bench sign-in failed: ${login.status}`);
  return login.headers.get('set-cookie')!.split(';')[0]!;
}
