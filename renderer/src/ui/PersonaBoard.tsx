export { PersonaBoard } from '../persona/PersonaBoard';
