import { Body, Container, Head, Hr, Html, Preview, Section, Text } from '@react-email/components';
import type { ReactNode } from 'react';

const page = { backgroundColor: '#f4f5f7', fontFamily: '-apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif', margin: 0 };
const card = { backgroundColor: '#ffffff', borderRadius: '12px', margin: '32px auto', maxWidth: '560px', padding: '32px' };
const brand = { color: '#4338ca', fontSize: '14px', fontWeight: 700, letterSpacing: '0.08em', margin: 0, textTransform: 'uppercase' as const };
const footer = { color: '#6b7280', fontSize: '12px', lineHeight: '18px' };

/** The frame every Slotline e-mail shares: table-based markup that major clients render alike. */
export function EmailLayout(props: { preview: string; children: ReactNode; footerNote: string }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>Slotline</Text>
          <Section>{props.children}</Section>
          <Hr style={{ borderColor: '#e5e7eb', margin: '28px 0 16px' }} />
          <Text style={footer}>{props.footerNote}</Text>
        </Container>
      </Body>
    </Html>
  );
}
