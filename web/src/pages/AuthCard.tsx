import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

/** The centred card that holds the login and registration forms. */
export function AuthCard({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle: string;
  children: ReactNode;
}) {
  return (
    <div className="tb-auth">
      <Card className="tb-auth-card" variant="outlined">
        <Typography.Title level={1} className="tb-auth-title">
          {title}
        </Typography.Title>
        <Typography.Paragraph className="tb-auth-subtitle">{subtitle}</Typography.Paragraph>
        {children}
      </Card>
    </div>
  );
}
