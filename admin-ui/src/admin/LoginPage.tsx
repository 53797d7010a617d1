import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { login, type Session } from './admin-api';
import { ApiProblemError, describeError, problemCode } from '../api/http';
import { NavIcon } from '../ui/NavIcon';
import { useNow } from '../ui/use-now';

/**
 * Sign-in: username and password, then a 6-digit authenticator code when the API answers TOTP_REQUIRED (always
 * for anyone who can approve money). Throttling is shown as a countdown rather than a bare error.
 */
export function LoginPage({ notice, onSignedIn }: { notice?: string; onSignedIn: (session: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [step, setStep] = useState<'password' | 'totp'>('password');
  const [lockedUntil, setLockedUntil] = useState<number>();
  const now = useNow(1_000);
  const lockSeconds = lockedUntil ? Math.max(0, Math.ceil((lockedUntil - now) / 1000)) : 0;

  const signIn = useMutation({
    mutationFn: () => login({ username: username.trim(), password, totp: step === 'totp' ? totp.trim() : undefined }),
    onSuccess: onSignedIn,
    onError: (err) => {
      const code = problemCode(err);
      if (code === 'TOTP_REQUIRED') {
        setStep('totp');
        signIn.reset();
      } else if (code === 'INVALID_CREDENTIALS') {
        setStep('password');
        setTotp('');
      } else if (code === 'TOO_MANY_ATTEMPTS' && err instanceof ApiProblemError) {
        setLockedUntil(Date.now() + (err.retryAfterSeconds ?? 60) * 1000);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lockSeconds > 0) return;
    signIn.mutate();
  };

  const error = signIn.error;
  const throttled = problemCode(error) === 'TOO_MANY_ATTEMPTS';
  const canSubmit =
    lockSeconds === 0 &&
    (step === 'password' ? username.trim() !== '' && password !== '' : /^\d{6}$/.test(totp.trim()));

  return (
    <Center component="main" mih="100vh" bg="gray.1" p="md">
      <Box w={400} maw="100%">
        <Group gap="sm" mb="lg" justify="center">
          <ThemeIcon size={36} radius="md" variant="filled">
            <Text fw={700} fz="sm">
              BO
            </Text>
          </ThemeIcon>
          <Title order={1} fz={22}>
            Back office
          </Title>
        </Group>
        <Paper p="xl" shadow="sm" component="form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={2} fz="lg">
                {step === 'password' ? 'Sign in' : 'Two-step verification'}
              </Title>
              <Text size="sm" c="dimmed">
                {step === 'password'
                  ? 'Staff access only. Every action is recorded in the audit log.'
                  : `Enter the 6-digit code from the authenticator app enrolled for ${username.trim()}.`}
              </Text>
            </div>

            {notice && !error && (
              <Alert color="blue" variant="light" data-testid="login-notice">
                {notice}
              </Alert>
            )}
            {error && problemCode(error) !== 'TOTP_REQUIRED' && (
              <Alert
                color={throttled ? 'orange' : 'red'}
                variant="light"
                role="alert"
                title={throttled ? 'Sign-in temporarily locked' : undefined}
                icon={<NavIcon name={throttled ? 'clock' : 'alert'} />}
              >
                {throttled && lockSeconds > 0
                  ? `Too many sign-in attempts. Try again in ${lockSeconds} s.`
                  : throttled
                    ? 'You can try again now.'
                    : describeError(error)}
              </Alert>
            )}

            {step === 'password' ? (
              <>
                <TextInput
                  label="Username"
                  autoComplete="username"
                  autoFocus
                  required
                  value={username}
                  onChange={(event) => setUsername(event.currentTarget.value)}
                />
                <PasswordInput
                  label="Password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(event) => setPassword(event.currentTarget.value)}
                />
              </>
            ) : (
              <TextInput
                label="Authenticator code"
                placeholder="123456"
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                autoFocus
                required
                value={totp}
                onChange={(event) => setTotp(event.currentTarget.value.replace(/\D/g, ''))}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', letterSpacing: '0.3em' } }}
                leftSection={<NavIcon name="lock" size={16} />}
              />
            )}

            <Button type="submit" fullWidth loading={signIn.isPending} disabled={!canSubmit}>
              {step === 'password' ? 'Sign in' : 'Verify'}
            </Button>
            {step === 'totp' && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                ta="center"
                onClick={() => {
                  setStep('password');
                  setTotp('');
                  signIn.reset();
                }}
              >
                Use a different account
              </Anchor>
            )}
          </Stack>
        </Paper>
        <Text size="xs" c="dimmed" ta="center" mt="md">
          Sessions end after 30 minutes without activity.
        </Text>
      </Box>
    </Center>
  );
}
