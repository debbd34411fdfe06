import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEMO_NOW, demoAnsweredTicket, demoOpenTicket } from './fixtures';
import { TicketAnswerForm } from './TicketAnswerForm';
import { TicketCard } from './TicketCard';

const meta = {
  title: 'Runtime/Opportunities/TicketCard',
  component: TicketCard,
  args: { ticket: demoOpenTicket, now: DEMO_NOW, showOpportunity: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TicketCard>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C3: an open ERP/MES pre-check with its clock, in the consultant's inbox with the answer form. */
export const OpenInInbox: Story = {
  args: { actions: <TicketAnswerForm ticketId={demoOpenTicket.id} onSubmit={async () => {}} /> },
};
export const Answered: Story = { args: { ticket: demoAnsweredTicket, showOpportunity: false } };
export const English: Story = { args: { ticket: demoAnsweredTicket }, globals: { locale: 'en' } };
