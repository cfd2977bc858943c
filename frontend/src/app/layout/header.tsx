import { Link, NavLink } from 'react-router';
import styles from './header.module.css';

export function Header() {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          Storefront
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <NavLink to="/" end className={({ isActive }) => (isActive ? styles.active : undefined)}>
            Shop all
          </NavLink>
        </nav>
      </div>
    </header>
  );
}
